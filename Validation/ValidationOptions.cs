namespace RiskReporting.Validation;

/// <summary>The "Validation" section of appsettings.json.</summary>
public sealed class ValidationOptions
{
    public const string Section = "Validation";

    /// <summary>gl_tolerance_yuan of the HN rules (default 0.00).</summary>
    public decimal GlToleranceYuan { get; set; }

    /// <summary>The rule catalogue file; empty means rules/catalogue.csv shipped beside the engine.</summary>
    public string Catalogue { get; set; } = string.Empty;
}
