using RiskReporting.Core.Periods;
using RiskReporting.Core.Runs;
using RiskReporting.Core.State;
using RiskReporting.DemoBank;
using RiskReporting.Engine.Approval;
using RiskReporting.Engine.Corrections;
using RiskReporting.Engine.Overrides;
using RiskReporting.Testing;

namespace RiskReporting.Engine.Tests.Corrections;

/// <summary>`correct` builds its batch with the ORG and scope threshold of the published batch it corrects (issue #13); a configuration that disagrees is refused naming both values.</summary>
public sealed class CorrectionParametersTests
{
    private static readonly ReportingPeriod October = new(2026, 10);

    [Test]
    public async Task ACorrection_RecordsAndReusesTheOrgAndThresholdOfThePublishedBatch()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny));
        var (ops1, _) = await PublishOctoberAsync(engine);
        var store = engine.Get<IStateStore>();
        var published = (await store.ListRunsAsync(October)).Single();
        var customer = (await store.LoadRecordsAsync(published.RunId, ["B3P1"]))["B3P1"].First(r => r["TOTAL_ASSETS"].Length > 0);
        await engine.Get<OverrideService>().AddAsync(new OverrideRequest(October, "B3P1", customer.Key, "TOTAL_LIAB", "12345.00", "订正测试"), ops1);

        var corrected = await engine.Get<CorrectionService>().CorrectAsync(October, "订正测试", ops1);
        var first = await store.BatchParametersAsync(published.RunId);
        var second = await store.BatchParametersAsync(corrected.Run.RunId);

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(new BatchParameters("B0001H111000001", 5000.00m)));
            Assert.That(second, Is.EqualTo(new BatchParameters("B0001H111000001", 5000.00m)));
            Assert.That(corrected.Run.Batch, Is.EqualTo(2));
            Assert.That(corrected.Package!.Path, Does.EndWith("B0001H111000001_KHFX_20261031_02.zip"));
        });
    }

    [TestCase("Engine:Org", "B0001H111000002", "Engine:Org 为 'B0001H111000002'，但第 01 批报送时的 ORG 为 'B0001H111000001'", TestName = "ACorrection_WithAnotherOrgConfigured_IsRefusedNamingBothValues")]
    [TestCase("Extraction:LargeExposureThresholdWan", "3000", "Extraction:LargeExposureThresholdWan 为 3000，但第 01 批生成时为 5000.00", TestName = "ACorrection_WithAnotherThresholdConfigured_IsRefusedNamingBothValues")]
    public async Task ACorrection_WithAnotherParameterConfigured_IsRefusedNamingBothValues(string setting, string value, string conflict)
    {
        using var folder = new TemporaryDirectory();
        var bank = BankHost.Generate(folder, DemoBankSize.Tiny);
        await using (var first = await BankHost.StartAsync(bank))
        {
            await PublishOctoberAsync(first);
        }

        await using var engine = await BankHost.StartAsync(bank, new Dictionary<string, string?> { [setting] = value });
        var ops1 = await engine.LogInAsync("ops1", "operator");

        var refused = await Assert.ThrowsAsync<RefusalException>(() => engine.Get<CorrectionService>().CorrectAsync(October, "订正测试", ops1));
        var runs = await engine.Get<IStateStore>().ListRunsAsync(October);

        Assert.Multiple(() =>
        {
            Assert.That(refused!.Code, Is.EqualTo(RefusalCode.InvalidConfiguration));
            Assert.That(refused.Message, Is.EqualTo($"{conflict}。202610 的订正 (correction) 沿用所订正批次的参数 (batch parameters)：请改回配置，或先向监管报告该变更。"));
            Assert.That(runs.Select(r => (r.Batch, r.State)), Is.EqualTo(new[] { (1, RunState.Published) }), "nothing was started");
        });
    }

    private static async Task<(Identity.Actor Ops1, Identity.Actor Ops2)> PublishOctoberAsync(BankHost engine)
    {
        var (ops1, ops2) = await Approvals.OperatorsAsync(engine);
        await Approvals.RunReadyForApprovalAsync(engine, October, ops1);
        await engine.Get<ApprovalService>().ApproveAsync(October, ops2);
        return (ops1, ops2);
    }
}
