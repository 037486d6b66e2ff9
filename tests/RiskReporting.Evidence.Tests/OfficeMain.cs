namespace RiskReporting.Evidence.Tests;

/// <summary>The main part of an Office package a test writes: its name, declared content type and XML (all null for none).</summary>
public sealed record OfficeMain(string? Part, string? ContentType, string? Xml);
