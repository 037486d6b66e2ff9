using RiskReporting.Core.Periods;
using RiskReporting.DemoBank;
using RiskReporting.Engine.Findings;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Runs;
using RiskReporting.Engine.Trace;
using RiskReporting.Testing;

namespace RiskReporting.Engine.Tests;

/// <summary>Scoping and masking in the services (issue #14): a branch user sees its own branch's findings; ID numbers and names are masked but for operators and auditors.</summary>
public sealed class ScopingTests
{
    private static readonly ReportingPeriod October = new(2026, 10);

    [Test]
    public async Task ABranchUser_SeesOnlyItsBranchsFindings_AndAnotherBranchsRecordIsNotFound_AsAMissingOne()
    {
        using var folder = new TemporaryDirectory();
        var (engine, ops) = await PlantedOctoberAsync(folder);
        await using var _ = engine;
        var findings = engine.Get<FindingService>();
        var all = (await findings.ListAsync(new FindingFilter(October, PageSize: 10_000), ops)).Items;
        var branch = all.Select(f => f.Branch).First(b => b.Length > 0);
        var other = all.First(f => f.Branch != branch && f.Part.StartsWith("B1P", StringComparison.Ordinal));
        var li = await engine.LogInAsync("li", "branch:" + branch);

        var seen = (await findings.ListAsync(new FindingFilter(October, PageSize: 10_000), li)).Items;
        var status = (await engine.Get<StatusService>().StatusAsync(October, li)).Detail!;
        var traceOther = await Assert.ThrowsAsync<RefusalException>(() => engine.Get<TraceService>().TraceAsync(October, other.Part, other.Key, null, li));
        var traceMissing = await Assert.ThrowsAsync<RefusalException>(() => engine.Get<TraceService>().TraceAsync(October, other.Part, "NO-SUCH-KEY", null, li));
        var itops = await engine.LogInAsync("it", "itops");
        var traceByItops = await Assert.ThrowsAsync<RefusalException>(() => engine.Get<TraceService>().TraceAsync(October, other.Part, other.Key, null, itops));

        Assert.Multiple(() =>
        {
            Assert.That(seen, Is.Not.Empty);
            Assert.That(seen.Select(f => f.Branch).Distinct(), Is.EqualTo(new[] { branch }));
            Assert.That(seen, Has.Count.EqualTo(all.Count(f => f.Branch == branch)));
            Assert.That(status.Errors, Is.EqualTo(all.Count(f => f.Branch == branch && f.Severity == "ERROR")), "status counts the branch's own ERROR findings");
            Assert.That(status.Errors, Is.LessThan(all.Count(f => f.Severity == "ERROR")), "not the whole batch's");
            Assert.That(status.Overrides, Is.Empty);
            Assert.That(traceOther!.Code, Is.EqualTo(RefusalCode.NotFound));
            Assert.That(traceOther.Message, Is.EqualTo(traceMissing!.Message.Replace("NO-SUCH-KEY", other.Key, StringComparison.Ordinal)), "another branch's record reads as a missing one");
            Assert.That(traceByItops!.Code, Is.EqualTo(RefusalCode.NotAllowed));
        });
    }

    [Test]
    public async Task APersonsNameInARecordKey_IsMaskedForABranchUser_InItsFindingsAndItsTrace()
    {
        using var folder = new TemporaryDirectory();
        var (engine, ops) = await PlantedOctoberAsync(folder);
        await using var _ = engine;
        var findings = engine.Get<FindingService>();
        var person = (await findings.ListAsync(new FindingFilter(October, Part: "B3P2", PageSize: 10_000), ops)).Items.First(f => f.Branch.Length > 0);
        var name = person.Key.Split('|')[2];
        var li = await engine.LogInAsync("li", "branch:" + person.Branch);

        var listed = (await findings.ListAsync(new FindingFilter(October, Part: "B3P2", PageSize: 10_000), li)).Items;
        var traced = await engine.Get<TraceService>().TraceAsync(October, "B3P2", person.Key, null, li);
        var tracedByOps = await engine.Get<TraceService>().TraceAsync(October, "B3P2", person.Key, null, ops);

        Assert.Multiple(() =>
        {
            Assert.That(name, Has.Length.GreaterThanOrEqualTo(2));
            Assert.That(listed, Is.Not.Empty);
            Assert.That(listed.Select(f => f.Key), Has.None.Contains(name), "the finding's key");
            Assert.That(traced.Record.Key, Does.Not.Contain(name));
            Assert.That(traced.Record.Values, Has.None.Contains(name));
            Assert.That(traced.Record.Sources, Does.Not.Contain(name), "the record's lineage");
            Assert.That(tracedByOps.Record.Key, Does.Contain(name), "an operator sees the name");
            Assert.That(tracedByOps.Record.Sources, Does.Contain(name));
        });
    }

    [Test]
    public async Task IdNumbersAndNames_AreMaskedForEveryRole_ButOperatorAndAuditor()
    {
        using var folder = new TemporaryDirectory();
        await using var engine = await BankHost.StartAsync(BankHost.Generate(folder, DemoBankSize.Tiny));
        var roles = new[] { "operator", "auditor", "itops", "branch:100001", "admin" };
        var actors = new Dictionary<string, Actor>();
        foreach (var role in roles)
        {
            actors[role] = await engine.LogInAsync(role == "admin" ? "admin" : role.Replace(':', '-'), role);
        }

        Assert.Multiple(() =>
        {
            foreach (var role in new[] { "operator", "auditor" })
            {
                Assert.That(PersonalData.Shown(actors[role], "ID_NO", "110101199001011234"), Is.EqualTo("110101199001011234"), role);
                Assert.That(PersonalData.Shown(actors[role], "PERSON_NAME", "张三丰"), Is.EqualTo("张三丰"), role);
                Assert.That(PersonalData.ShownKey(actors[role], "B3P2", "KH0000000001|1|张三丰"), Is.EqualTo("KH0000000001|1|张三丰"), role);
            }

            foreach (var role in new[] { "itops", "branch:100001", "admin" })
            {
                Assert.That(PersonalData.Shown(actors[role], "ID_NO", "110101199001011234"), Is.EqualTo("110101********1234"), role);
                Assert.That(PersonalData.Shown(actors[role], "GUARANTOR_ID_NO", "110101199001011234"), Is.EqualTo("110101********1234"), role);
                Assert.That(PersonalData.Shown(actors[role], "PERSON_NAME", "张三丰"), Is.EqualTo("张**"), role);
                Assert.That(PersonalData.Shown(actors[role], "LOAN_BAL", "1000.00"), Is.EqualTo("1000.00"), role);
                Assert.That(PersonalData.ShownKey(actors[role], "B3P2", "KH0000000001|1|张三丰"), Is.EqualTo("KH0000000001|1|张**"), role + ": a person's name in a record key");
                Assert.That(PersonalData.ShownKey(actors[role], "B1P3", "JJ000000000001"), Is.EqualTo("JJ000000000001"), role);
            }
        });
    }

    /// <summary>The tiny bank with every rule's case planted, October run by an operator.</summary>
    private static async Task<(BankHost Engine, Actor Ops)> PlantedOctoberAsync(TemporaryDirectory folder)
    {
        var planted = new DemoBankGenerator(new System.IO.Abstractions.FileSystem()).Generate(new DemoBankOptions { OutputDirectory = folder.File("bank"), Size = DemoBankSize.Tiny, Plant = true });
        var engine = await BankHost.StartAsync(planted);
        var ops = await engine.LogInAsync("ops", "operator");
        await engine.Get<RunService>().RunAsync(October, ops);
        return (engine, ops);
    }
}
