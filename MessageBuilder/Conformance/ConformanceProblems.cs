namespace RiskReporting.MessageBuilder.Conformance;

/// <summary>The problems found so far in one package, in the order they were found.</summary>
internal sealed class ConformanceProblems
{
    private readonly List<ConformanceProblem> _items = [];

    public IReadOnlyList<ConformanceProblem> Items => _items;

    public int Count => _items.Count;

    public void Add(string file, int line, string field, string message) => _items.Add(new ConformanceProblem(file, line, field, message));

    public void Add(string file, int line, string message) => Add(file, line, string.Empty, message);

    public void AddRange(ConformanceProblems other) => _items.AddRange(other._items);
}
