namespace RiskReporting.Core.Calendar;

/// <summary>A calendar file that cannot be read, with the file and line (0 for the file as a whole).</summary>
public sealed class CalendarFileException(string file, int line, string reason)
    : Exception(line > 0 ? $"{file} line {line}：{reason}" : $"{file}：{reason}")
{
    public string File { get; } = file;

    public int Line { get; } = line;
}
