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
            return $"密码至少 {MinimumLength} 个字符（此密码 {password.Length} 个）(password too short)";
        }

        return string.Equals(password.Trim(), userName.Trim(), StringComparison.OrdinalIgnoreCase)
            ? "密码不能与用户名相同 (password equals the user name)"
            : null;
    }
}
