-- Signals active at D: raised on or before D and not cleared by D.
SELECT cust_code, signal_code
FROM risk_signal
WHERE raised_on <= @d AND (cleared_on IS NULL OR cleared_on > @d)
