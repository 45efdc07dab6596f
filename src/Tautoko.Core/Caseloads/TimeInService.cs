namespace Tautoko.Core.Caseloads;

/// <summary>R-022: time in service shown green (&lt; 12 months), orange (12–18 months), red (18+ months).</summary>
public enum TimeInServiceBand
{
    Green = 0,
    Orange = 1,
    Red = 2,
}

public static class TimeInService
{
    public static TimeInServiceBand Band(DateOnly startedOn, DateOnly today)
    {
        // R-022 (002): under 12 months green; 12 to 18 months orange; 18 months and over red.
        if (today < startedOn.AddMonths(12))
        {
            return TimeInServiceBand.Green;
        }

        return today < startedOn.AddMonths(18) ? TimeInServiceBand.Orange : TimeInServiceBand.Red;
    }

    /// <summary>Whole months in service (for display and sorting).</summary>
    public static int Months(DateOnly startedOn, DateOnly today)
    {
        if (today <= startedOn)
        {
            return 0;
        }

        var months = ((today.Year - startedOn.Year) * 12) + today.Month - startedOn.Month;
        return today < startedOn.AddMonths(months) ? months - 1 : months;
    }

    /// <summary>R-023 (002): clients for whom case management is not effective move out between 12 and 18 months.</summary>
    public static string DisplayName(this TimeInServiceBand band) => band switch
    {
        TimeInServiceBand.Green => "Under 12 months",
        TimeInServiceBand.Orange => "12–18 months: review for transition",
        TimeInServiceBand.Red => "18+ months: ready to transition",
    };

    public static string CssClass(this TimeInServiceBand band) => band switch
    {
        TimeInServiceBand.Green => "tis-green",
        TimeInServiceBand.Orange => "tis-orange",
        TimeInServiceBand.Red => "tis-red",
    };
}
