namespace RiskReporting.Engine.Findings;

/// <summary>One row of an uploaded findings file that carries an explanation: its row number in the file (the header is row 1), the finding it names, the text, and whether it carries forward.</summary>
public sealed record ExplanationRow(int Row, string Rule, string Key, string Text, bool CarryForward);
