namespace Tautoko.Core.Sites;

/// <summary>One stretch of a weekday when a site's doors are open (a site may close at midday).</summary>
public sealed record OpeningSession(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes)
{
    public TimeSpan Length => Closes - Opens;
}
