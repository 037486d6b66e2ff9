using System.IO.Compression;

namespace RiskReporting.Evidence.Tests;

/// <summary>A further part a test adds to an Office package.</summary>
public sealed record OfficePart(string Name, Action<ZipArchive> Add);
