namespace RiskReporting.MessageBuilder.Conformance;

/// <summary>
/// One place where a package differs from message-format.md or report-tables.md: the file (the package or
/// an entry), the line in it (0 when the problem has none), the field (empty when none) and what is wrong.
/// </summary>
public sealed record ConformanceProblem(string File, int Line, string Field, string Message)
{
    public override string ToString() => Field.Length == 0 ? $"{File}:{Line}: {Message}" : $"{File}:{Line}: {Field}: {Message}";
}
