using Tautoko.Core.Common;

namespace Tautoko.Core.Assessments;

/// <summary>One factor's rating in a BEUT: 1 (very poorly placed) to 5 (well placed).</summary>
public sealed class BeutRating
{
    private BeutRating()
    {
    }

    public BeutRating(BeutFactor factor, int rating)
    {
        Factor = factor;
        Rating = rating;
    }

    public BeutFactor Factor { get; private set; }

    public int Rating { get; private set; }
}

/// <summary>
/// A Behavioural Evaluation Update Tool (004 §2.5, R-115): the ICSM's view of how well the client is placed on every
/// <see cref="BeutFactor"/>, at entry, quarterly and at exit. Every factor is rated; a record is never changed.
/// </summary>
public sealed class BeutAssessment
{
    public const int MaxNote = 2000;

    private readonly List<BeutRating> ratings = [];

    private BeutAssessment()
    {
    }

    private BeutAssessment(Guid id, ClientId clientId, AssessmentPoint point, DateOnly completedOn, string? note, DateTimeOffset recordedAt, StaffId recordedById)
    {
        Id = id;
        ClientId = clientId;
        Point = point;
        CompletedOn = completedOn;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        RecordedAt = recordedAt;
        RecordedById = recordedById;
    }

    public Guid Id { get; private set; }

    public ClientId ClientId { get; private set; }

    public AssessmentPoint Point { get; private set; }

    public DateOnly CompletedOn { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public StaffId RecordedById { get; private set; }

    public IReadOnlyList<BeutRating> Ratings => ratings;

    /// <summary>The mean rating over the factors (1–5), for the progress chart.</summary>
    public double Mean => ratings.Count == 0 ? 0 : Math.Round(ratings.Average(r => r.Rating), 2);

    public int? RatingOf(BeutFactor factor) => ratings.FirstOrDefault(r => r.Factor == factor)?.Rating;

    /// <summary>R-115: every factor rated, each from 1 to 5; returns the factors (by code) that are missing or out of range.</summary>
    public static IReadOnlyList<string> WhyNotRatings(IReadOnlyDictionary<BeutFactor, int> given) =>
        [.. BeutFactors.All.Where(f => !given.TryGetValue(f, out var r) || r < BeutFactors.MinRating || r > BeutFactors.MaxRating).Select(f => f.Code())];

    public static BeutAssessment Record(Guid id, ClientId clientId, AssessmentPoint point, DateOnly completedOn, IReadOnlyDictionary<BeutFactor, int> given, string? note, DateTimeOffset recordedAt, StaffId recordedById)
    {
        if (WhyNotRatings(given) is { Count: > 0 } missing)
        {
            throw new DomainException(new DomainError("R-115", $"Rate every BEUT factor from {BeutFactors.MinRating} to {BeutFactors.MaxRating}: {string.Join(", ", missing)}."));
        }

        var beut = new BeutAssessment(id, clientId, point, completedOn, note, recordedAt, recordedById);
        beut.ratings.AddRange(BeutFactors.All.Select(f => new BeutRating(f, given[f])));
        return beut;
    }
}
