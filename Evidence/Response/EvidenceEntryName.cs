using System.Globalization;
using System.Text;

namespace RiskReporting.Evidence.Response;

/// <summary>
/// The entry name of an evidence file in the response package, <c>evidence/{DISPUTE_ID}/{NN}_{name}</c>:
/// the original name with every character outside [0-9A-Za-z._-] replaced by '_' and cut to 60 characters
/// ("file" when nothing is left), so that no name a user typed can point outside its folder.
/// </summary>
public static class EvidenceEntryName
{
    private const int MaxNameLength = 60;

    public static string Of(string disputeId, int number, string originalName) =>
        $"evidence/{disputeId}/{number.ToString("D2", CultureInfo.InvariantCulture)}_{Safe(originalName)}";

    public static string Safe(string originalName)
    {
        var safe = new StringBuilder(originalName.Length);
        foreach (var c in originalName)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_');
        }

        var name = safe.Length > MaxNameLength ? safe.ToString(0, MaxNameLength) : safe.ToString();
        return name.Length == 0 ? "file" : name;
    }
}
