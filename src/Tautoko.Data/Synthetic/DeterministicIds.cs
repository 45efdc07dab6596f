using System.Reflection;
using Tautoko.Core.Clients;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Synthetic;

/// <summary>
/// <see cref="Client.AddHouseholdMember"/> and <see cref="StaffMember.RecordLeave"/> give the new row
/// <c>Guid.CreateVersion7()</c>, which would make two runs with the same seed differ. Until Core takes
/// an id for them, the generator swaps in its own id through the same backing fields EF Core uses.
/// </summary>
internal static class DeterministicIds
{
    private static readonly FieldInfo HouseholdField = typeof(Client).GetField("_household", BindingFlags.Instance | BindingFlags.NonPublic)
        ?? throw new InvalidOperationException("Client no longer has a _household field; update the synthetic generator.");

    private static readonly FieldInfo LeaveField = typeof(StaffMember).GetField("_leave", BindingFlags.Instance | BindingFlags.NonPublic)
        ?? throw new InvalidOperationException("StaffMember no longer has a _leave field; update the synthetic generator.");

    public static void AddHouseholdMember(Client client, Guid id, HouseholdRelationship relationship, string fullName, DateOnly? dateOfBirth)
    {
        var added = client.AddHouseholdMember(relationship, fullName, dateOfBirth);
        var list = (List<HouseholdMember>)HouseholdField.GetValue(client)!;
        list[list.IndexOf(added)] = added with { Id = id };
    }

    public static void RecordLeave(StaffMember staff, Guid id, DateOnly from, DateOnly to, LeaveKind kind, string? note)
    {
        var added = staff.RecordLeave(from, to, kind, note);
        var list = (List<StaffLeave>)LeaveField.GetValue(staff)!;
        list[list.IndexOf(added)] = new StaffLeave(id, from, to, kind, note);
    }
}
