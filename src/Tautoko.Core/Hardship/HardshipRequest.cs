using Tautoko.Core.Common;

namespace Tautoko.Core.Hardship;

/// <summary>The hardship needs of 000 (food; essential household items by kind; other assistance).</summary>
public enum HardshipNeed
{
    Food = 0,
    BedsTablesOrChairs = 1,
    WashingMachineOrFridge = 2,
    OtherAppliances = 3,
    OtherFurniture = 4,
    Other = 5,
}

public enum HardshipDecision
{
    Granted = 0,
    Declined = 1,

    /// <summary>More information is needed before a decision.</summary>
    Queried = 2,
}

/// <summary>
/// A request for hardship assistance and its decision. Hardship applications proper (assistance types,
/// amounts, decline reasons, recoverability) are their own feature; this is what the contact centre
/// records and what the high-hardship count counts.
/// </summary>
public sealed class HardshipRequest
{
    public const int MaxDetailLength = 2000;

    private HardshipRequest()
    {
        Detail = string.Empty;
    }

    public HardshipRequest(Guid id, ClientId clientId, HardshipNeed need, string detail, HardshipDecision decision, StaffId decidedById, DateTimeOffset requestedAt)
        : this()
    {
        if (string.IsNullOrWhiteSpace(detail) || detail.Trim().Length > MaxDetailLength)
        {
            throw new DomainException(new DomainError("hardship-detail", $"Describe the need in at most {MaxDetailLength} characters."));
        }

        Id = id;
        ClientId = clientId;
        Need = need;
        Detail = detail.Trim();
        Decision = decision;
        DecidedById = decidedById;
        RequestedAt = requestedAt;
    }

    public Guid Id { get; private set; }

    public ClientId ClientId { get; private set; }

    public HardshipNeed Need { get; private set; }

    public string Detail { get; private set; }

    public HardshipDecision Decision { get; private set; }

    public StaffId DecidedById { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }
}

public static class HardshipNames
{
    public static string DisplayName(this HardshipNeed need) => need switch
    {
        HardshipNeed.Food => "Food",
        HardshipNeed.BedsTablesOrChairs => "Beds, tables or chairs",
        HardshipNeed.WashingMachineOrFridge => "Washing machine or fridge",
        HardshipNeed.OtherAppliances => "Other appliances",
        HardshipNeed.OtherFurniture => "Other furniture",
        HardshipNeed.Other => "Other assistance",
    };

    public static string DisplayName(this HardshipDecision decision) => decision switch
    {
        HardshipDecision.Granted => "Granted",
        HardshipDecision.Declined => "Declined",
        HardshipDecision.Queried => "Queried",
    };
}
