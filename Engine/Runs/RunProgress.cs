namespace RiskReporting.Engine.Runs;

/// <summary>
/// How far a run has got in one step: <c>extract</c> (source rows read), <c>store</c> (records stored),
/// <c>validate</c> (records checked), <c>package</c> (records written); `verify` reports <c>load</c> (records read
/// back from the snapshot), <c>package</c> and <c>compare</c>, `rules preview` <c>extract</c> and <c>compare</c>. Reported when a step starts, now
/// and then while it works, and when it ends; hosts render it (terminal, portal).
/// </summary>
/// <param name="RowsTotal">When the step knows its total up front (validate and package do, extract does not).</param>
public sealed record RunProgress(string Step, long RowsDone, long? RowsTotal, TimeSpan Elapsed)
{
    public const string Extract = "extract";
    public const string Store = "store";
    public const string Validate = "validate";
    public const string Package = "package";
    public const string Load = "load";
    public const string Compare = "compare";
}
