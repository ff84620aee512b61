namespace TemplateLibrary.Extraction.Pdf.Filters;

/// <summary>Undoes the PNG (10-15) and TIFF (2) predictors applied before Flate or LZW.</summary>
internal static class Predictor
{
    public static byte[] Apply(byte[] data, int predictor, int colors, int bitsPerComponent, int columns)
    {
        colors = Math.Clamp(colors, 1, 32);
        bitsPerComponent = bitsPerComponent is 1 or 2 or 4 or 8 or 16 ? bitsPerComponent : 8;
        columns = Math.Clamp(columns, 1, 1 << 20);
        var bytesPerPixel = Math.Max(1, (colors * bitsPerComponent + 7) / 8);
        var rowLength = ((colors * bitsPerComponent * columns) + 7) / 8;
        if (predictor == 2)
        {
            return ApplyTiff(data, bytesPerPixel, rowLength, bitsPerComponent);
        }

        if (predictor < 10)
        {
            return data;
        }

        var rows = data.Length / (rowLength + 1);
        var output = new byte[rows * rowLength];
        var previous = new byte[rowLength];
        for (var row = 0; row < rows; row++)
        {
            var source = data.AsSpan(row * (rowLength + 1), rowLength + 1);
            var type = source[0];
            var line = output.AsSpan(row * rowLength, rowLength);
            source[1..].CopyTo(line);
            for (var i = 0; i < rowLength; i++)
            {
                var left = i >= bytesPerPixel ? line[i - bytesPerPixel] : 0;
                var up = previous[i];
                var upLeft = i >= bytesPerPixel ? previous[i - bytesPerPixel] : 0;
                line[i] = type switch
                {
                    1 => (byte)(line[i] + left),
                    2 => (byte)(line[i] + up),
                    3 => (byte)(line[i] + ((left + up) >> 1)),
                    4 => (byte)(line[i] + Paeth(left, up, upLeft)),
                    _ => line[i],
                };
            }

            line.CopyTo(previous);
        }

        return output;
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var distanceLeft = Math.Abs(estimate - left);
        var distanceUp = Math.Abs(estimate - up);
        var distanceUpLeft = Math.Abs(estimate - upLeft);
        if (distanceLeft <= distanceUp && distanceLeft <= distanceUpLeft)
        {
            return left;
        }

        return distanceUp <= distanceUpLeft ? up : upLeft;
    }

    private static byte[] ApplyTiff(byte[] data, int bytesPerPixel, int rowLength, int bitsPerComponent)
    {
        if (bitsPerComponent != 8)
        {
            return data;
        }

        var output = (byte[])data.Clone();
        for (var rowStart = 0; rowStart + rowLength <= output.Length; rowStart += rowLength)
        {
            for (var i = bytesPerPixel; i < rowLength; i++)
            {
                output[rowStart + i] = (byte)(output[rowStart + i] + output[rowStart + i - bytesPerPixel]);
            }
        }

        return output;
    }
}
