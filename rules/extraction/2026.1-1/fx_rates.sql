-- Rates dated D-6 to D; the engine takes the latest per currency.
SELECT currency, rate_date, cny_per_unit
FROM fx_rate
WHERE rate_date <= @d AND rate_date >= @d_week
