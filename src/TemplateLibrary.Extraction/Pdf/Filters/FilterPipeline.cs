using TemplateLibrary.Extraction.Pdf.Objects;

namespace TemplateLibrary.Extraction.Pdf.Filters;

/// <summary>Applies a stream's /Filter chain. Image codecs are not decoded: their streams come back empty.</summary>
internal static class FilterPipeline
{
    public static byte[] Decode(PdfStream stream, long maxBytes, CancellationToken cancellationToken) =>
        Decode(stream, new DecodeBudget(maxBytes), cancellationToken, resolve: null);

    public static byte[] Decode(PdfStream stream, DecodeBudget budget, CancellationToken cancellationToken, Func<object?, object?>? resolve)
    {
        resolve ??= static value => value;
        var filters = resolve(stream.Dictionary["Filter"] ?? stream.Dictionary["F"]);
        var parameters = resolve(stream.Dictionary["DecodeParms"] ?? stream.Dictionary["DP"]);
        var data = stream.RawData;
        switch (filters)
        {
            case PdfName name:
                return Apply(name.Value, data, resolve(parameters is List<object?> list && list.Count > 0 ? list[0] : parameters) as PdfDictionary, budget, cancellationToken);
            case List<object?> chain:
                for (var i = 0; i < chain.Count; i++)
                {
                    if (resolve(chain[i]) is not PdfName filterName)
                    {
                        continue;
                    }

                    var filterParameters = parameters switch
                    {
                        List<object?> parameterList when i < parameterList.Count => resolve(parameterList[i]) as PdfDictionary,
                        PdfDictionary single when chain.Count == 1 => single,
                        _ => null,
                    };
                    data = Apply(filterName.Value, data, filterParameters, budget, cancellationToken);
                }

                return data;
            default:
                var granted = budget.Take(data.Length);
                return granted == data.Length ? data : data[..granted];
        }
    }

    private static byte[] Apply(string filter, byte[] data, PdfDictionary? parameters, DecodeBudget budget, CancellationToken cancellationToken)
    {
        switch (filter)
        {
            case "FlateDecode" or "Fl":
                return ApplyPredictor(FlateFilter.Decode(data, budget, cancellationToken), parameters);
            case "LZWDecode" or "LZW":
                var earlyChange = PdfValues.ToInt(parameters?["EarlyChange"], 1) != 0;
                return ApplyPredictor(LzwFilter.Decode(data, earlyChange, budget, cancellationToken), parameters);
            case "ASCIIHexDecode" or "AHx":
                return AsciiFilters.DecodeHex(data, budget);
            case "ASCII85Decode" or "A85":
                return AsciiFilters.DecodeAscii85(data, budget);
            case "RunLengthDecode" or "RL":
                return AsciiFilters.DecodeRunLength(data, budget);
            case "Crypt":
                return data;
            default:
                // DCT, JPX, JBIG2, CCITT: images carry no text for us.
                return [];
        }
    }

    private static byte[] ApplyPredictor(byte[] data, PdfDictionary? parameters)
    {
        if (parameters is null)
        {
            return data;
        }

        var predictor = PdfValues.ToInt(parameters["Predictor"], 1);
        if (predictor <= 1)
        {
            return data;
        }

        return Predictor.Apply(
            data,
            predictor,
            PdfValues.ToInt(parameters["Colors"], 1),
            PdfValues.ToInt(parameters["BitsPerComponent"], 8),
            PdfValues.ToInt(parameters["Columns"], 1));
    }
}
