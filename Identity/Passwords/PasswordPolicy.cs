namespace RiskReporting.Identity.Passwords;

/// <summary>What a password must be (issue #14): at least 12 characters, and not the user name.</summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 12;

    /// <summary>Why the password is refused, or null when it is acceptable.</summary>
    public static string? Refusal(string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length < MinimumLength)
        {
            return $"a password has at least {MinimumLength} characters (this one has {password.Length})";
        }

        return string.Equals(password.Trim(), userName.Trim(), StringComparison.OrdinalIgnoreCase)
            ? "the password must not be the user name"
            : null;
    }
}
