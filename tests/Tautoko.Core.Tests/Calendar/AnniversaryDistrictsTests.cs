using Tautoko.Core.Calendar;

namespace Tautoko.Core.Tests.Calendar;

public class AnniversaryDistrictsTests
{
    [Theory]
    [InlineData("Wellington", AnniversaryDistrict.Wellington)]
    [InlineData("  auckland ", AnniversaryDistrict.Auckland)]
    [InlineData("Hawke's Bay", AnniversaryDistrict.HawkesBay)]
    [InlineData("Hawke’s Bay", AnniversaryDistrict.HawkesBay)]
    [InlineData("hawkes bay", AnniversaryDistrict.HawkesBay)]
    [InlineData("HawkesBay", AnniversaryDistrict.HawkesBay)]
    [InlineData("HAWKE'S BAY ANNIVERSARY DAY", AnniversaryDistrict.HawkesBay)]
    [InlineData("South Canterbury", AnniversaryDistrict.SouthCanterbury)]
    [InlineData("south-canterbury", AnniversaryDistrict.SouthCanterbury)]
    [InlineData("Canterbury", AnniversaryDistrict.Canterbury)]
    [InlineData("Chatham Islands", AnniversaryDistrict.ChathamIslands)]
    [InlineData("Chathams", AnniversaryDistrict.ChathamIslands)]
    [InlineData("Westland", AnniversaryDistrict.Westland)]
    [InlineData("West Coast", AnniversaryDistrict.Westland)]
    [InlineData("Nelson", AnniversaryDistrict.Nelson)]
    [InlineData("Otago", AnniversaryDistrict.Otago)]
    [InlineData("Ōtago", AnniversaryDistrict.Otago)]
    [InlineData("Otago Anniversary", AnniversaryDistrict.Otago)]
    [InlineData("Southland", AnniversaryDistrict.Southland)]
    [InlineData("Taranaki", AnniversaryDistrict.Taranaki)]
    [InlineData("marlborough", AnniversaryDistrict.Marlborough)]
    public void TryParse_DisplayNameVariants_ReturnsDistrict(string text, AnniversaryDistrict expected)
    {
        Assert.True(AnniversaryDistricts.TryParse(text, out var district));
        Assert.Equal(expected, district);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Waikato")]
    [InlineData("3")]
    [InlineData("Anniversary Day")]
    [InlineData("Bay")]
    public void TryParse_UnknownText_ReturnsFalse(string? text)
    {
        Assert.False(AnniversaryDistricts.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_EveryDisplayNameAndEnumName_RoundTrips()
    {
        foreach (var district in AnniversaryDistricts.All)
        {
            Assert.True(AnniversaryDistricts.TryParse(AnniversaryDistricts.DisplayName(district), out var fromDisplay));
            Assert.Equal(district, fromDisplay);
            Assert.True(AnniversaryDistricts.TryParse(district.ToString(), out var fromEnum));
            Assert.Equal(district, fromEnum);
        }
    }

    [Theory]
    [InlineData(AnniversaryDistrict.HawkesBay, "Hawke's Bay")]
    [InlineData(AnniversaryDistrict.SouthCanterbury, "South Canterbury")]
    [InlineData(AnniversaryDistrict.ChathamIslands, "Chatham Islands")]
    [InlineData(AnniversaryDistrict.Wellington, "Wellington")]
    public void DisplayName_District_ReturnsName(AnniversaryDistrict district, string expected)
    {
        Assert.Equal(expected, AnniversaryDistricts.DisplayName(district));
    }

    [Fact]
    public void All_ListsTwelveDistrictsInEnumOrder()
    {
        Assert.Equal(12, AnniversaryDistricts.All.Count);
        Assert.Equal(Enum.GetValues<AnniversaryDistrict>(), AnniversaryDistricts.All);
    }
}
