using RiskReporting.Core.State;

namespace RiskReporting.Engine.Purge;

/// <summary>What `purge --plan` shows: the policy read, and each item past retention now.</summary>
public sealed record PurgePlan(RetentionPolicy Policy, IReadOnlyList<PurgeItem> Items);
