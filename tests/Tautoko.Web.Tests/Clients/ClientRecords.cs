using System.Globalization;
using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Clients;

/// <summary>Fresh client records for tests that change a record, so no test depends on another's changes.</summary>
public static class ClientRecords
{
    public static object Details(Guid siteId, string phone = "021 555 0101", string lastName = "Tūhoe-Testing") => new
    {
        firstName = "Wiremu",
        lastName,
        dateOfBirth = "1990-05-01",
        phone,
        email = "wiremu@example.co.nz",
        preferredChannel = "phone",
        addressLine1 = "12 Queen Street",
        city = "Masterton",
        postcode = "5810",
        homeSiteId = siteId,
        benefit = "jobseekerSupportWorkReady",
        benefitStartDate = "2025-01-13",
        obligation = "fullTime",
        flags = Array.Empty<string>(),
    };

    /// <summary>Creates a Masterton client as the case manager and returns its id and version.</summary>
    public static async Task<(Guid Id, int Version)> CreateAsync(TautokoServer server)
    {
        var api = await server.AsAsync(Accounts.CaseManager);
        using var response = await api.PostJsonAsync("/api/clients", Details(await server.MastertonSiteIdAsync()));
        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        return (created["id"]!.GetValue<Guid>(), created["version"]!.GetValue<int>());
    }

    public static string ETag(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";
}
