namespace RiskReporting.Evidence.Handling;

/// <summary>An action the user may not take, or not in the item's state; nothing was changed.</summary>
public sealed class DisputeRefusedException(string message) : Exception(message);
