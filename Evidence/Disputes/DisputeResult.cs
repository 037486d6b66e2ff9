namespace RiskReporting.Evidence.Disputes;

public enum DisputeResult
{
    /// <summary>RESULT 1: the reported value is right; evidence attached.</summary>
    Confirmed = 1,

    /// <summary>RESULT 2: the reported value was wrong; it is corrected in the next batch.</summary>
    Corrected = 2,
}
