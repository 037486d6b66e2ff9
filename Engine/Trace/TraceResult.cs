using RiskReporting.Core.Reports;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;

namespace RiskReporting.Engine.Trace;

/// <summary>A stored record of a batch with its part's fields, the source rows it came from, and the overrides recorded on it.</summary>
public sealed record TraceResult(RunRecord Run, PartDefinition Part, StoredRecord Record, IReadOnlyList<Override> Overrides);
