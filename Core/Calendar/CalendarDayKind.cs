namespace RiskReporting.Core.Calendar;

public enum CalendarDayKind
{
    Holiday,
    Workday,
}
