using Tautoko.Core.WorkQueues;

namespace Tautoko.Core.Tests.WorkQueues;

/// <summary>R-076: the voicemail scripts are the seed's, word for word (003, "Unsuccessful contact when calling phone appointments").</summary>
public sealed class VoicemailScriptTests
{
    private const string SeedFile = "003_85ff083b808eb6b0.txt";
    private static readonly Lazy<string[]> SeedLines = new(() => File.ReadAllLines(SeedPath()));

    [Theory]
    [InlineData(VoicemailScripts.IdentifyingFirstOrSecondHeading, VoicemailScripts.IdentifyingFirstOrSecondTemplate)]
    [InlineData(VoicemailScripts.IdentifyingThirdHeading, VoicemailScripts.IdentifyingThirdTemplate)]
    [InlineData(VoicemailScripts.NotIdentifyingHeading, VoicemailScripts.NotIdentifyingTemplate)]
    public void Template_IsTheSeedScriptUnderItsHeading_WordForWord(string heading, string template)
    {
        // each script is the line the seed prints under the script's heading.
        Assert.Equal(template, LineAfter(heading));
    }

    [Theory]
    [InlineData(VoicemailScripts.IdentifyingGuidance)]
    [InlineData(VoicemailScripts.NotIdentifyingGuidance)]
    [InlineData(VoicemailScripts.NoFurtherDetailGuidance)]
    [InlineData(VoicemailScripts.NoMessageGuidance)]
    public void Guidance_IsTheSeedsWording(string guidance)
    {
        // the guidance shown with each script is quoted from the seed (which sets "cannot" in bold).
        var seed = string.Join('\n', SeedLines.Value).Replace("**", string.Empty, StringComparison.Ordinal);
        Assert.Contains(guidance, seed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, VoicemailScriptKind.IdentifyingFirstOrSecondAttempt)]
    [InlineData(2, VoicemailScriptKind.IdentifyingFirstOrSecondAttempt)]
    [InlineData(3, VoicemailScriptKind.IdentifyingThirdAttempt)]
    [InlineData(4, VoicemailScriptKind.IdentifyingThirdAttempt)]
    public void Choose_IdentifyingVoicemail_DependsOnTheAttempt(int attempt, VoicemailScriptKind expected)
    {
        // attempts 1–2 and attempt 3 have their own scripts when the voicemail identifies the client.
        Assert.Equal(expected, VoicemailScripts.Choose(VoicemailSituation.IdentifiesClient, attempt));
    }

    [Fact]
    public void Choose_NotIdentifyingOrUnconfirmedNumber_IsMinimalOrNone()
    {
        // minimal message when the number is confirmed from records; none when not sure it is the client's.
        Assert.Equal(VoicemailScriptKind.NotIdentifying, VoicemailScripts.Choose(VoicemailSituation.NumberConfirmedFromRecords, 1));
        Assert.Equal(VoicemailScriptKind.NotIdentifying, VoicemailScripts.Choose(VoicemailSituation.NumberConfirmedFromRecords, 3));
        Assert.Equal(VoicemailScriptKind.NoMessage, VoicemailScripts.Choose(VoicemailSituation.NumberNotConfirmed, 2));
    }

    [Fact]
    public void Render_FirstAttempt_IsTheSeedTextWithNamesFilledIn()
    {
        // the message left is the seed's script word for word, only the blanks filled.
        var script = VoicemailScripts.Render(VoicemailScriptKind.IdentifyingFirstOrSecondAttempt, "Aroha", "Wiremu Tane", []);

        var expected = LineAfter(VoicemailScripts.IdentifyingFirstOrSecondHeading)
            .Replace("[client name]", "Aroha", StringComparison.Ordinal)
            .Replace("[case manager name]", "Wiremu Tane", StringComparison.Ordinal);
        Assert.Equal(expected, script.Message);
        Assert.Equal("Kia ora Aroha. It's Wiremu Tane from Ministry of Social Development. We're trying to contact you regarding your request for assistance. We will try you again shortly.", script.Message);
    }

    [Fact]
    public void Render_ThirdAttempt_NamesTheTwoEarlierTriesDaysAndTimes()
    {
        // the third-attempt script names the earlier tries' days and times.
        var nz = TimeSpan.FromHours(13);
        DateTimeOffset[] earlier = [new(2026, 11, 23, 9, 15, 0, nz), new(2026, 11, 24, 14, 40, 0, nz)];

        var script = VoicemailScripts.Render(VoicemailScriptKind.IdentifyingThirdAttempt, "Aroha", "Wiremu Tane", earlier);

        var seed = LineAfter(VoicemailScripts.IdentifyingThirdHeading);
        var first = seed.IndexOf("[day/time]", StringComparison.Ordinal);
        var second = seed.IndexOf("[day/time]", first + 1, StringComparison.Ordinal);
        var expected = (seed[..first] + "Monday 9:15 am" + seed[(first + 10)..second] + "Tuesday 2:40 pm" + seed[(second + 10)..])
            .Replace("[client name]", "Aroha", StringComparison.Ordinal)
            .Replace("[case manager name]", "Wiremu Tane", StringComparison.Ordinal);
        Assert.Equal(expected, script.Message);
        Assert.Contains("We've tried twice at Monday 9:15 am and Tuesday 2:40 pm. If you still need help, please call us on 0800 559 009.", script.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NotIdentifying_IsMinimalAndNoMessageLeavesNone()
    {
        // minimal wording (the seed's "case managers name" blank) and no voicemail when unsure of the number.
        var minimal = VoicemailScripts.Render(VoicemailScriptKind.NotIdentifying, "Aroha", "Wiremu Tane", []);
        var none = VoicemailScripts.Render(VoicemailScriptKind.NoMessage, "Aroha", "Wiremu Tane", []);

        Assert.Equal(LineAfter(VoicemailScripts.NotIdentifyingHeading).Replace("[client name]", "Aroha", StringComparison.Ordinal).Replace("[case managers name]", "Wiremu Tane", StringComparison.Ordinal), minimal.Message);
        Assert.Null(none.Message);
        Assert.Contains("cannot leave a voice mail", none.Guidance, StringComparison.Ordinal);
    }

    [Fact]
    public void SeedCopy_InTheRepository_MatchesTheSharedSeed()
    {
        // The repository keeps a copy of seed 003 so the word-for-word tests run anywhere; where the shared seed is present they must agree.
        var shared = Path.Combine("/work/shared/seeds", SeedFile);
        if (File.Exists(shared))
        {
            Assert.Equal(File.ReadAllText(shared), File.ReadAllText(SeedPath()));
        }

        Assert.Contains("Managing Service Centre Referral requests in S2P", SeedLines.Value);
    }

    private static string LineAfter(string heading)
    {
        var lines = SeedLines.Value;
        var at = Array.IndexOf(lines, heading);
        Assert.True(at >= 0, $"The seed has the heading '{heading}'.");
        return lines.Skip(at + 1).First(l => !string.IsNullOrWhiteSpace(l));
    }

    private static string SeedPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "docs", "seeds", SeedFile);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"docs/seeds/{SeedFile} was not found above {AppContext.BaseDirectory}.");
    }
}
