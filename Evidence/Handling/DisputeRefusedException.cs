namespace RiskReporting.Evidence.Handling;

/// <summary>The dispute desk refused an action; <see cref="RoleRefusal"/> when the user's role does not allow it (not the item's state).</summary>
public sealed class DisputeRefusedException(string message, bool roleRefusal = false) : Exception(message)
{
    public bool RoleRefusal { get; } = roleRefusal;
}
