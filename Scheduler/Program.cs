using System.Globalization;
using System.IO.Abstractions;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NLog.Extensions.Logging;
using RiskReporting.Engine;
using RiskReporting.Scheduler.Cli;
using RiskReporting.Scheduler.Cli.Demo;
using RiskReporting.Scheduler.Cli.Hosting;
using RiskReporting.Scheduler.Cli.Runs;
using RiskReporting.Scheduler.Cli.Sessions;
using RiskReporting.Scheduler.Cli.Users;
using Spectre.Console;
using Spectre.Console.Cli;

// The message format is GB18030; the provider must be registered once before any encoding is asked for.
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
RiskReporting.Scheduler.Logging.LogSetup.RegisterExtensions();

var services = new ServiceCollection()
    .AddSingleton<IFileSystem>(new FileSystem())
    .AddSingleton(TimeProvider.System)
    .AddSingleton(ConsoleSetup.Create())
    .AddSingleton<EngineComposer>()
    .AddSingleton<DemoBankBuilder>()
    .AddSingleton<DemoUsers>()
    .AddSingleton<RunSummary>()
    .AddSingleton<RiskReporting.Scheduler.Cli.Runs.StepProgress>()
    .AddSingleton<RunCommand>()
    .AddLogging(logging => logging.ClearProviders().SetMinimumLevel(LogLevel.Information).AddNLog());

var app = new CommandApp(new TypeRegistrar(services));
app.Configure(config =>
{
    config.SetApplicationName("riskreport");

    // One voice (#17): Spectre's own help headings (用法, 选项, 命令, 示例) in Chinese from its zh-Hans resources; the verbs'
    // descriptions are Chinese already, and option names stay literal.
    config.Settings.Culture = new CultureInfo("zh-Hans");
    config.UseAssemblyInformationalVersion();

    // An unknown option or a stray argument is an error naming it, in every verb: `explain --kye K` must never explain every finding of the rule.
    config.UseStrictParsing();
    config.SetInterceptor(new MissingOptionValue());
    config.PropagateExceptions();
    config.AddBranch("demo", demo =>
    {
        demo.SetDescription("生成的演示银行 (demo bank)，用于演示、测试和基准测试 (benchmarks)。");
        demo.AddCommand<DemoInitCommand>("init").WithExample("demo", "init", "--out", "demo", "--size", "small");
        demo.AddCommand<DemoRunCommand>("run").WithExample("demo", "run");
    });
    config.AddCommand<RunCommand>("run").WithExample("run", "--period", "202610", "--config", "demo/appsettings.json");
    config.AddBranch("users", users =>
    {
        users.SetDescription("用户及其角色 (roles)：admin、operator、itops、auditor、branch:BRANCH_CODE；由 admin 管理。");
        users.AddCommand<UsersInitCommand>("init").WithExample("users", "init", "admin", "--password-stdin");
        users.AddCommand<UsersAddCommand>("add").WithExample("users", "add", "zhang.wei", "--role", "operator", "--password-stdin");
        users.AddCommand<UsersListCommand>("list");
        users.AddCommand<UsersDisableCommand>("disable").WithExample("users", "disable", "zhang.wei");
        users.AddCommand<UsersRoleCommand>("role").WithExample("users", "role", "zhang.wei", "auditor");
        users.AddCommand<UsersPasswordCommand>("password").WithExample("users", "password", "zhang.wei");
        users.AddCommand<UsersPositionCommand>("position").WithExample("users", "position", "sun.li", "客户信息主管");
        users.AddCommand<UsersHandoverCommand>("handover").WithExample("users", "handover", "li.qiang", "--to", "zhang.wei").WithExample("users", "handover", "--acknowledge", "H3f9c2b7e51");
    });
    config.AddCommand<LoginCommand>("login").WithExample("login", "zhang.wei").WithExample("login", "zhang.wei", "--password-stdin");
    config.AddCommand<LogoutCommand>("logout");
    config.AddCommand<WhoamiCommand>("whoami");
    config.AddBranch("audit", audit =>
    {
        audit.SetDescription("审计轨迹 (audit trail)，一条 SM3 哈希链（auditor 或 admin）。");
        audit.AddCommand<RiskReporting.Scheduler.Cli.Audit.AuditListCommand>("list").WithExample("audit", "list", "--period", "202610");
        audit.AddCommand<RiskReporting.Scheduler.Cli.Audit.AuditVerifyCommand>("verify");
    });
    config.AddBranch("archive", archive =>
    {
        archive.SetDescription("统计档案 (statistics archive)：每个已发布 (PUBLISHED) 的批次归档于 WORK/archive/{YYYY}/Q{n}/{YYYYMM}/（operator 或 auditor）。");
        archive.AddCommand<RiskReporting.Scheduler.Cli.Archive.ArchiveListCommand>("list").WithExample("archive", "list", "--year", "2026");
        archive.AddCommand<RiskReporting.Scheduler.Cli.Archive.ArchiveShowCommand>("show").WithExample("archive", "show", "202610");
    });
    config.AddBranch("rules", rules =>
    {
        rules.SetDescription("由 IT 运维 (IT operations) 维护的抽取规则 (extraction rules)：rules/extraction/*/ruleset.json 及其 .sql 文件。");
        rules.AddCommand<RiskReporting.Scheduler.Cli.Rules.RulesCheckCommand>("check").WithExample("rules", "check", "--config", "demo/appsettings.json");
        rules.AddCommand<RiskReporting.Scheduler.Cli.Rules.RulesPreviewCommand>("preview").WithExample("rules", "preview", "--period", "202610", "--rules", "candidate-rules");
    });
    config.AddCommand<RiskReporting.Scheduler.Cli.Trace.TraceCommand>("trace").WithExample("trace", "--period", "202610", "--part", "B1P3", "--key", "JJ000000000001");
    config.AddCommand<RiskReporting.Scheduler.Cli.Findings.FindingsCommand>("findings").WithExample("findings", "--period", "202610", "--branch", "000001");
    config.AddCommand<LogsCommand>("logs").WithExample("logs", "--run", "3f9c2b7e51d4");
    config.AddCommand<RiskReporting.Scheduler.Cli.Findings.StatusCommand>("status").WithExample("status", "--period", "202610");
    config.AddCommand<RiskReporting.Scheduler.Cli.Findings.ExplainCommand>("explain").WithExample("explain", "--period", "202610", "--rule", "TS-DQ-005", "--text", "已于11月追加授信");
    config.AddCommand<RiskReporting.Scheduler.Cli.Findings.OverrideCommand>("override").WithExample("override", "--period", "202610", "--part", "B3P1", "--key", "KH0000000001", "--field", "REGION_CODE", "--value", "110105", "--reason", "工商变更未同步核心系统");
    config.AddCommand<RiskReporting.Scheduler.Cli.Statements.StatementCommand>("statement").WithExample("statement", "--period", "202610", "--draft");
    config.AddCommand<RiskReporting.Scheduler.Cli.Reports.ReportCommand>("report").WithExample("report", "--quarter", "2026Q3");
    config.AddCommand<RiskReporting.Scheduler.Cli.Approval.ApproveCommand>("approve").WithExample("approve", "--period", "202610");
    config.AddCommand<RiskReporting.Scheduler.Cli.Corrections.CorrectCommand>("correct").WithExample("correct", "--period", "202610", "--reason", "更正贷款余额");
    config.AddCommand<RiskReporting.Scheduler.Cli.Purge.PurgeCommand>("purge").WithExample("purge", "--plan").WithExample("purge", "--approve", "P3f9c2b7e51");
    config.AddCommand<RiskReporting.Scheduler.Cli.Backup.BackupCommand>("backup").WithExample("backup", "--out", "/backup/riskreport-20261102.zip");
    config.AddCommand<RiskReporting.Scheduler.Cli.Backup.RestoreCommand>("restore").WithExample("restore", "/backup/riskreport-20261102.zip", "--into", "/srv/riskreport-restored");
    config.AddCommand<RiskReporting.Scheduler.Cli.Corrections.VerifyCommand>("verify").WithExample("verify", "--period", "202610", "--batch", "1");
    config.AddBranch("disputes", disputes =>
    {
        disputes.SetDescription("一致性举证通知 (consistency-dispute notices)：导入 (import)、机构答复与举证材料 (evidence)、审核 (review)、答复包 (response package)。");
        disputes.AddCommand<RiskReporting.Scheduler.Cli.Disputes.DisputesImportCommand>("import").WithExample("disputes", "import", "B0001H111000001_YZXFK_20261031_01_01.txt");
        disputes.AddCommand<RiskReporting.Scheduler.Cli.Disputes.DisputesListCommand>("list").WithExample("disputes", "list", "--overdue");
        disputes.AddCommand<RiskReporting.Scheduler.Cli.Disputes.DisputesShowCommand>("show").WithExample("disputes", "show", "D0001");
        disputes.AddCommand<RiskReporting.Scheduler.Cli.Disputes.DisputesUploadCommand>("upload").WithExample("disputes", "upload", "D0001", "--file", "营业执照.pdf");
        disputes.AddCommand<RiskReporting.Scheduler.Cli.Disputes.DisputesAnswerCommand>("answer").WithExample("disputes", "answer", "D0001", "--result", "1", "--text", "工商登记信息一致", "--file", "licence.pdf");
        disputes.AddCommand<RiskReporting.Scheduler.Cli.Disputes.DisputesReviewCommand>("review").WithExample("disputes", "review", "D0001", "--approve");
        disputes.AddCommand<RiskReporting.Scheduler.Cli.Disputes.DisputesExportCommand>("export").WithExample("disputes", "export", "B0001H111000001_YZXFK_20261031_01_01");
    });
    config.AddCommand<RiskReporting.Scheduler.Cli.Portal.ServeCommand>("serve").WithExample("serve", "--config", "demo/appsettings.json", "--urls", "http://127.0.0.1:5080");
    config.AddCommand<RiskReporting.Scheduler.Cli.Scheduling.SchedulerCommand>("scheduler").WithExample("scheduler", "--config", "demo/appsettings.json");
});

try
{
    return await app.RunAsync(args);
}
catch (Exception e) when (e is UsageException or CommandAppException)
{
    Console.Error.WriteLine(Refusals.UsagePrefix + OneLine(CommandLineErrors.AsTyped(e.Message, args)));
    return (int)ExitCode.Usage;
}
catch (RefusalException e)
{
    // The engine's one wording; a refused notice or evidence file lists each problem on its own line.
    Console.Error.WriteLine(Refusals.Prefix(e.Code) + (e.Code == RefusalCode.RejectedFile ? e.Message : OneLine(e.Message)));
    return (int)Refusals.ExitCodeOf(e.Code);
}
catch (Exception e)
{
    Console.Error.WriteLine(Refusals.FailedPrefix + OneLine(e.Message));
    return (int)ExitCode.Failed;
}
finally
{
    NLog.LogManager.Shutdown();
}

static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
