using RiskReporting.Core.Periods;

namespace RiskReporting.Core.Tests.Periods;

public sealed class ReportingPeriodTests
{
    [TestCase("202602", "20260228")]
    [TestCase("202402", "20240229")]
    [TestCase("202610", "20261031")]
    [TestCase("202612", "20261231")]
    public void DataDate_IsTheLastDayOfTheMonth(string period, string dataDate) =>
        Assert.That(ReportingPeriod.Parse(period).DataDateText, Is.EqualTo(dataDate));

    [Test]
    public void ReportedOn_DayOneOfJanuary_ReportsDecemberOfThePreviousYear() =>
        Assert.That(ReportingPeriod.ReportedOn(new DateOnly(2027, 1, 1)).ToString(), Is.EqualTo("202612"));

    [TestCase("2026-10")]
    [TestCase("202613")]
    [TestCase("202600")]
    [TestCase("20261")]
    [TestCase("")]
    public void TryParse_NotAPeriod_IsRefused(string text) =>
        Assert.That(ReportingPeriod.TryParse(text, out _), Is.False);

    [Test]
    public void Previous_And_Next_CrossYearEnds()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ReportingPeriod.Parse("202601").Previous.ToString(), Is.EqualTo("202512"));
            Assert.That(ReportingPeriod.Parse("202612").Next.ToString(), Is.EqualTo("202701"));
            Assert.That(ReportingPeriod.Parse("202609") < ReportingPeriod.Parse("202610"), Is.True);
        });
    }
}
