namespace RiskReporting.Identity;

/// <summary>A login's result: the session it opened (the token is shown once, to be kept in the session file), or why it was refused.</summary>
public sealed record LoginOutcome(string UserName, string? Token, DateTimeOffset? ExpiresAt, string? Refusal)
{
    public bool Succeeded => Token is not null;

    public static LoginOutcome Refused(string userName, string refusal) => new(userName, null, null, refusal);
}
