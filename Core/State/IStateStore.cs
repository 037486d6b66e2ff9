namespace RiskReporting.Core.State;

/// <summary>
/// The engine's own database: runs, snapshots, findings, explanations, overrides, approvals, users, the
/// audit trail and the period locks. SQLite under the work folder is the default, PostgreSQL the server
/// option. It is the composite of the role interfaces below, so a caller that needs one role asks for it
/// and one that needs the whole store keeps asking for this.
/// </summary>
public interface IStateStore : IRunStore, ISnapshotStore, IFindingStore, IExplanationStore, IOverrideStore, IUserStore, IAuditLog, ILockStore, IAuditChain, ICredentialStore, IStatementStore, IProposalStore
{
    /// <summary>Applies every migration script not yet applied, each in its own transaction. Idempotent.</summary>
    Task<int> MigrateAsync(CancellationToken cancellationToken = default);

    Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default);
}
