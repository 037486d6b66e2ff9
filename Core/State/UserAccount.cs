namespace RiskReporting.Core.State;

/// <summary>A person who acts in the engine and the role that decides what they may see and change.</summary>
public sealed record UserAccount(string Name, UserRole Role, DateTimeOffset CreatedAt);
