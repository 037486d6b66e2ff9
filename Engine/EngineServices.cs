using Microsoft.Extensions.DependencyInjection;
using RiskReporting.Engine.Approval;
using RiskReporting.Engine.Conformance;
using RiskReporting.Engine.Corrections;
using RiskReporting.Engine.Disputes;
using RiskReporting.Engine.Findings;
using RiskReporting.Engine.Identity;
using RiskReporting.Engine.Overrides;
using RiskReporting.Engine.Rules;
using RiskReporting.Engine.Runs;
using RiskReporting.Engine.Statements;
using RiskReporting.Engine.Trace;
using RiskReporting.Engine.Users;
using RiskReporting.Engine.Verification;

namespace RiskReporting.Engine;

/// <summary>The engine's services, one per area of use; each public method is one user action.</summary>
internal static class EngineServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<IdentityService>();
        services.AddSingleton<ConformanceGate>();
        services.AddSingleton<MonthlyRun>();
        services.AddSingleton<RunService>();
        services.AddSingleton<RunJobs>();
        services.AddSingleton<StatusService>();
        services.AddSingleton<LedgerPollService>();
        services.AddSingleton<Notifications.DeadlineWatch>();
        services.AddSingleton<FindingService>();
        services.AddSingleton<FindingWorkbookService>();
        services.AddSingleton<OverrideService>();
        services.AddSingleton<ApprovalService>();
        services.AddSingleton<CorrectionService>();
        services.AddSingleton<VerificationService>();
        services.AddSingleton<UserService>();
        services.AddSingleton<UserDirectory>();
        services.AddSingleton<RuleService>();
        services.AddSingleton<Scheduling.SchedulerStatusService>();
        services.AddSingleton<TraceService>();
        services.AddSingleton<DisputeWorkflow>();
        services.AddSingleton<DisputeItemReader>();
        services.AddSingleton<Audit.AuditService>();
        services.AddSingleton<BatchFigures>();
        services.AddSingleton<Figures.FigureService>();
        services.AddSingleton<Archive.ArchiveService>();
        services.AddSingleton<Reports.ReportService>();
        services.AddSingleton<StatementService>();
        services.AddSingleton<Downloads.BatchDownloadService>();
        services.AddSingleton<Purge.PurgeService>();
        services.AddSingleton<Handover.HandoverService>();
        services.AddSingleton<Backup.BackupService>();
        services.AddSingleton<Backup.RestoreService>();
    }
}
