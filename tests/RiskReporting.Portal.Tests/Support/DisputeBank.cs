using System.IO.Abstractions;
using Microsoft.Extensions.Time.Testing;
using RiskReporting.Core.Periods;
using RiskReporting.Core.Text;
using RiskReporting.DemoBank;
using RiskReporting.Engine.Disputes;
using RiskReporting.Engine.Runs;
using RiskReporting.Store;
using RiskReporting.Testing;

namespace RiskReporting.Portal.Tests.Support;

/// <summary>
/// A portal on the tiny demo bank with October run and the regulator's notice imported, as `disputes import` does: D0001 is branch
/// 100001's customer, D0002 branch 100002's. Users: two operators, and a branch user of 100001.
/// </summary>
public sealed class DisputeBank : IAsyncDisposable
{
    public const string Reviewer = "王建国";
    public const string SecondOperator = "李秀英";
    public const string BranchUser = "陈晓梅";
    public const string NoticeName = "B0001H111000001_YZXFK_20261031_01_01";

    private readonly TemporaryDirectory _directory;

    private DisputeBank(TemporaryDirectory directory, PortalServer portal)
    {
        _directory = directory;
        Portal = portal;
    }

    public PortalServer Portal { get; }

    public string Folder => _directory.Path;

    public static async Task<DisputeBank> OpenAsync()
    {
        var directory = new TemporaryDirectory();
        var bank = new DemoBankGenerator(new FileSystem()).Generate(new DemoBankOptions { OutputDirectory = directory.File("bank"), Size = DemoBankSize.Tiny });
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var work = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(bank.Settings)!, "work")).FullName;
        var store = new SqliteStateStore(Path.Combine(work, "state.db"), clock);
        var users = new TestAuthenticator().Add(Reviewer, Staff.Password, "operator").Add(SecondOperator, Staff.Password, "operator").Add(BranchUser, Staff.Password, "branch:100001");
        var portal = await PortalServer.StartAsync(store, users, clock, configFile: bank.Settings);
        var operatorActor = await Staff.ActorAsync(portal, Reviewer);
        await portal.Get<RunService>().RunAsync(new ReportingPeriod(2026, 10), operatorActor);
        var notice = directory.File(NoticeName + ".txt");
        await File.WriteAllBytesAsync(notice, Gb18030.Encoding.GetBytes(string.Join("\r\n",
        [
            "YZXFK|B0001H111000001|20261031|01|01|20261110|20261120|2",
            "D0001|KH-ASSET|KH0000000001|北京同创电力集团有限公司|B3P1|TOTAL_ASSETS|186441.02|91630000000079193P|工商年报总资产186000.00万元|180000.00|B0001B11000000001",
            "D0002|KH-USCC-NAME|KH0000000003|济南鑫源置业股份有限公司|B3P1|CUST_NAME|济南鑫源置业股份有限公司|91150000001346230M|企业名称：济南鑫源置业有限公司||B0001B31000000002",
        ]) + "\r\n"));
        await portal.Get<DisputeWorkflow>().ImportAsync(notice, operatorActor);
        return new DisputeBank(directory, portal);
    }

    public async ValueTask DisposeAsync()
    {
        await Portal.DisposeAsync();
        _directory.Dispose();
    }
}
