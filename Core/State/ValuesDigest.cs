using System.Security.Cryptography;
using System.Text;

namespace RiskReporting.Core.State;

/// <summary>The digest that ties a carried-forward explanation to the reported values it explained.</summary>
public static class ValuesDigest
{
    public static string Of(IEnumerable<string> values) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', values))));
}
