using System.Globalization;
using System.IO.Abstractions;

namespace RiskReporting.Core.Calendar;

/// <summary>
/// Which days the bank works (Asia/Shanghai): Monday to Friday, except the public holidays, plus the
/// weekends worked in exchange (调休). The exceptions are data, one file per year under
/// <c>rules/calendar/</c>; outside the years shipped only Monday–Friday count, and <see cref="Covers"/>
/// lets <c>status</c> warn that the calendar needs its next year.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly Dictionary<DateOnly, CalendarDay> _exceptions;
    private readonly SortedSet<int> _years;

    public WorkingDayCalendar(IEnumerable<CalendarDay> exceptions, IEnumerable<int> years)
    {
        _exceptions = exceptions.ToDictionary(d => d.Date);
        _years = [.. years];
    }

    /// <summary>Monday to Friday only, for tests and for a bank folder without a calendar.</summary>
    public static WorkingDayCalendar WeekdaysOnly { get; } = new([], []);

    public IReadOnlyCollection<int> Years => _years;

    public bool Covers(int year) => _years.Contains(year);

    public bool IsWorkingDay(DateOnly day) => _exceptions.TryGetValue(day, out var exception)
        ? exception.Kind == CalendarDayKind.Workday
        : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public DateOnly FirstWorkingDayOnOrAfter(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The working day <paramref name="count"/> working days before <paramref name="day"/> (2 before Wednesday is Monday).</summary>
    public DateOnly WorkingDaysBefore(DateOnly day, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        for (var left = count; left > 0;)
        {
            day = day.AddDays(-1);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }

        return day;
    }

    /// <summary>Loads every <c>YYYY.csv</c> of the folder; a missing folder or a bad line stops the load, naming it.</summary>
    public static WorkingDayCalendar Load(IFileSystem fileSystem, string directory)
    {
        if (!fileSystem.Directory.Exists(directory))
        {
            throw new CalendarFileException(directory, 0, "工作日历文件夹 (working-day calendar folder) 不存在 (Engine:Calendar)");
        }

        var days = new List<CalendarDay>();
        var years = new List<int>();
        foreach (var file in fileSystem.Directory.GetFiles(directory, "*.csv").Order(StringComparer.Ordinal))
        {
            var name = fileSystem.Path.GetFileNameWithoutExtension(file);
            if (!int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || name.Length != 4)
            {
                throw new CalendarFileException(file, 0, "文件名须为年份 YYYY.csv");
            }

            years.Add(year);
            days.AddRange(ReadYear(fileSystem, file, year));
        }

        return new WorkingDayCalendar(days, years);
    }

    private static IEnumerable<CalendarDay> ReadYear(IFileSystem fileSystem, string file, int year)
    {
        var number = 0;
        var header = false;
        foreach (var line in fileSystem.File.ReadLines(file))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!header)
            {
                header = line == "date,kind,name" ? true : throw new CalendarFileException(file, number, "表头 (header) 须为 date,kind,name");
                continue;
            }

            yield return ParseDay(file, number, line, year);
        }
    }

    private static CalendarDay ParseDay(string file, int number, string line, int year)
    {
        var fields = line.Split(',');
        if (fields.Length != 3)
        {
            throw new CalendarFileException(file, number, $"有 {fields.Length} 个字段，应为 date,kind,name (fields)");
        }

        if (!DateOnly.TryParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date.Year != year)
        {
            throw new CalendarFileException(file, number, $"日期 '{fields[0]}' 不是以 YYYY-MM-DD 书写的 {year} 年日期");
        }

        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        return fields[1] switch
        {
            "holiday" when !weekend => new CalendarDay(date, CalendarDayKind.Holiday, fields[2]),
            "workday" when weekend => new CalendarDay(date, CalendarDayKind.Workday, fields[2]),
            "holiday" => throw new CalendarFileException(file, number, $"{fields[0]} 是 {date.DayOfWeek}：只有工作日 (weekday) 才能列为 holiday"),
            "workday" => throw new CalendarFileException(file, number, $"{fields[0]} 是 {date.DayOfWeek}：只有周末才能列为调休工作日 (workday)"),
            _ => throw new CalendarFileException(file, number, $"kind '{fields[1]}' 须为 holiday 或 workday"),
        };
    }
}
