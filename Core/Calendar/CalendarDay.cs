namespace RiskReporting.Core.Calendar;

/// <summary>One exception to Monday–Friday: a weekday off, or a weekend day worked in exchange.</summary>
public sealed record CalendarDay(DateOnly Date, CalendarDayKind Kind, string Name);
