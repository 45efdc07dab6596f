using System.Globalization;
using Tautoko.Web.Platform.Charts;

namespace Tautoko.Web.Features.Caseloads.Lmi1;

/// <summary>The LMI1 model's held-out AUC and calibration curve .</summary>
public static class Lmi1Charts
{
    public static ChartModel Calibration(Lmi1ModelView model)
    {
        const string id = "calibration-chart";
        var auc = model.Auc.ToString("0.000", CultureInfo.InvariantCulture);
        var title = $"LMI1 calibration on held-out clients (AUC {auc})";
        var description = $"Observed share who left benefit for work within three months against the mean predicted chance, in {model.Calibration.Count} groups of {model.HeldOutRows:N0} held-out examples; the dashed diagonal is a perfectly calibrated model. Held-out AUC {auc} (0.5 is chance, 1 is perfect), Brier score {model.Brier.ToString("0.000", CultureInfo.InvariantCulture)}.";
        var svg = SvgChart.Calibration(id, title, description, model.Calibration.Select(b => (b.MeanPredicted, b.Observed)).ToList());
        return new ChartModel(id, title, description, svg, ["Decile", "Examples", "Mean predicted", "Observed"],
            model.Calibration.Select(b => (IReadOnlyList<string>)[b.Bin.ToString(CultureInfo.InvariantCulture), b.Count.ToString(CultureInfo.InvariantCulture),
                b.MeanPredicted.ToString("0.000", CultureInfo.InvariantCulture), b.Observed.ToString("0.000", CultureInfo.InvariantCulture)]).ToList());
    }
}
