using System.Security.Cryptography;
using System.Text;
using RiskReporting.Core.Digests;

namespace RiskReporting.Identity.Sessions;

/// <summary>Session tokens: 256 random bits (<see cref="RandomNumberGenerator"/>) as base64url; the store keeps only their SM3.</summary>
public static class SessionTokens
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Sm3Of(string token) => Sm3.Of(Encoding.ASCII.GetBytes(token));
}
