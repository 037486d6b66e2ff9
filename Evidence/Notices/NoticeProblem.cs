namespace RiskReporting.Evidence.Notices;

/// <summary>One reason a notice is refused: the file, the line (1 is the header, 0 the file as a whole) and what is wrong.</summary>
public sealed record NoticeProblem(string File, int Line, string Reason)
{
    public override string ToString() => Line > 0 ? $"{File} line {Line}：{Reason}" : $"{File}：{Reason}";
}
