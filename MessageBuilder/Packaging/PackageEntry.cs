namespace RiskReporting.MessageBuilder.Packaging;

/// <summary>One file of a package as the index lists it.</summary>
public sealed record PackageEntry(string Name, long Records, decimal Control, string Sm3, long Bytes);
