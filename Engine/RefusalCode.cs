namespace RiskReporting.Engine;

/// <summary>
/// Why the engine refused a request. Stable: hosts map each code once (the CLI to an exit code, the portal
/// to an HTTP status), and the message that comes with it is the one wording every host shows.
/// </summary>
public enum RefusalCode
{
    /// <summary>The request names something impossible: a malformed value, an unknown part or field, a key field.</summary>
    InvalidInput,

    /// <summary>The configuration cannot serve the request (Engine:Org, Extraction:Source, …); the message names the setting.</summary>
    InvalidConfiguration,

    /// <summary>What the request is about does not exist: no run of the period, no such record, batch or override.</summary>
    NotFound,

    /// <summary>No acting user was given, or the name is not a user of the engine.</summary>
    NotLoggedIn,

    /// <summary>The acting user's role does not allow the action.</summary>
    NotAllowed,

    /// <summary>The state of the period or item refuses it: published, locked by another run, blocked, not explained, four eyes, nothing changed.</summary>
    StateConflict,

    /// <summary>A file handed in (a notice, an evidence file) was rejected; nothing was recorded.</summary>
    RejectedFile,
}
