using Microsoft.Extensions.Time.Testing;
using RiskReporting.Identity.Directory;
using RiskReporting.Store;
using RiskReporting.Testing;

namespace RiskReporting.Identity.Tests;

/// <summary>A real SQLite state store in a temporary folder, a fake clock, and the identity services over them.</summary>
public sealed class IdentityDesk : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    private IdentityDesk(IDirectoryAuthenticator? directory)
    {
        Store = new SqliteStateStore(_folder.File("state.db"), Clock);
        Registry = new UserRegistry(Store, Clock);
        Authenticator = new Authenticator(Store, Options, Clock, directory);
        Sessions = new Sessions.SessionResolver(Store, Clock);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 1, 0, 0, TimeSpan.Zero));

    public AuthOptions Options { get; } = new();

    public SqliteStateStore Store { get; }

    public UserRegistry Registry { get; }

    public Authenticator Authenticator { get; }

    public Sessions.SessionResolver Sessions { get; }

    public string Folder => _folder.Path;

    public static async Task<IdentityDesk> OpenAsync(IDirectoryAuthenticator? directory = null)
    {
        var desk = new IdentityDesk(directory);
        await desk.Store.MigrateAsync();
        return desk;
    }

    public async Task<IReadOnlyList<string>> AuditActionsAsync(string user) =>
        [.. (await Store.ListAuditAsync("user:" + user)).Select(e => e.Action)];

    public void Dispose() => _folder.Dispose();
}
