package io.programbook.core.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Maps every font PDFBox would look up on the machine (the 14 standard PDF fonts the renderer
 * names for form fields it never draws here) to the bundled Liberation Sans. Without it PDFBox
 * scans the system's fonts on first use, writes a cache into the user's home folder and logs a
 * warning for each font it lacks; with it, rendering touches nothing outside the class path.
 *
 * <p>Installed once per class loader: inside a Maven plugin that is the plugin's own copy of
 * PDFBox, which only Programbook uses.
 */
final class BundledFontMapper implements FontMapper {

    private static volatile boolean installed;

    private final TrueTypeFont font;

    private BundledFontMapper(TrueTypeFont font) {
        this.font = font;
    }

    static void install(byte[] liberationSans) {
        if (installed) {
            return;
        }
        synchronized (BundledFontMapper.class) {
            if (!installed) {
                try {
                    FontMappers.set(
                            new BundledFontMapper(new TTFParser().parse(new RandomAccessReadBuffer(liberationSans))));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the bundled font", e);
                }
                installed = true;
            }
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font, false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, font, false);
    }
}
