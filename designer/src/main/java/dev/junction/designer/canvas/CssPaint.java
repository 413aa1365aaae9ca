package dev.junction.designer.canvas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * A colour that a {@code Canvas}-drawn layer (grid, minimap) takes from CSS, so it follows the AtlantaFX theme
 * like the node-drawn parts do: e.g. {@code .canvas-grid { -junction-dot-color: -color-border-default; }}.
 */
final class CssPaint<S extends Styleable> {

    final CssMetaData<S, Paint> metaData;

    CssPaint(String property, Paint initial, Function<S, StyleableObjectProperty<Paint>> accessor) {
        this.metaData = new CssMetaData<>(property, StyleConverter.getPaintConverter(), initial) {
            @Override
            public boolean isSettable(S styleable) {
                return !accessor.apply(styleable).isBound();
            }

            @Override
            public StyleableProperty<Paint> getStyleableProperty(S styleable) {
                return accessor.apply(styleable);
            }
        };
    }

    StyleableObjectProperty<Paint> property(S bean, String name, Runnable onChange) {
        StyleableObjectProperty<Paint> p = new SimpleStyleableObjectProperty<>(metaData, bean, name,
                metaData.getInitialValue(bean)) {
            @Override
            protected void invalidated() {
                onChange.run();
            }
        };
        return p;
    }

    /** A {@code Region}'s CSS properties plus these colours: what the layer's {@code getCssMetaData()} returns. */
    static List<CssMetaData<? extends Styleable, ?>> withRegionMetaData(List<? extends CssPaint<?>> paints) {
        List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>(Region.getClassCssMetaData());
        paints.forEach(p -> list.add(p.metaData));
        return Collections.unmodifiableList(list);
    }

    static Color gray(double opacity) {
        return Color.gray(0.5, opacity);
    }
}
