using RiskReporting.Extraction.Parts;

namespace RiskReporting.Extraction.Tests.Parts;

public sealed class TopRankedTests
{
    private static readonly IComparer<(int Ratio, string Id)> ByRatioDescending = Comparer<(int Ratio, string Id)>.Create((x, y) => y.Ratio.CompareTo(x.Ratio));

    [Test]
    public void KeepsWhatAStableSortThenTakeFiveGives_WithoutHoldingTheRest()
    {
        var shareholders = Enumerable.Range(0, 40).Select(i => (Ratio: i * 37 % 11, Id: $"H{i:D2}")).ToList();
        var top = new TopRanked<(int Ratio, string Id)>(5, ByRatioDescending);

        shareholders.ForEach(top.Add);

        Assert.That(top.Items, Is.EqualTo(shareholders.OrderByDescending(h => h.Ratio).Take(5)), "equal ratios stay in arrival order");
    }
}
