using Microsoft.AspNetCore.Identity;
using RiskReporting.Core.State;

namespace RiskReporting.Identity.Passwords;

/// <summary>
/// Password hashes by ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2 with HMAC-SHA512,
/// 100,000 iterations, a 128-bit salt per hash, format version 3), so that a stolen store yields no password.
/// </summary>
public static class Passwords
{
    private static readonly PasswordHasher<UserAccount> Hasher = new();

    public static string Hash(UserAccount user, string password) => Hasher.HashPassword(user, password);

    public static bool Verify(UserAccount user, string hash, string password) =>
        Hasher.VerifyHashedPassword(user, hash, password) is PasswordVerificationResult.Success or PasswordVerificationResult.SuccessRehashNeeded;
}
