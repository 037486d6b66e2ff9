namespace RiskReporting.Evidence.Store;

/// <summary>An evidence file refused before anything was stored: the file as the user named it, and why.</summary>
public sealed class EvidenceRejectedException(string file, string reason) : Exception($"{file}：{reason}")
{
    public string File { get; } = file;

    public string Reason { get; } = reason;
}
