package org.peersupport.portal.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import java.io.Writer;
import java.util.Iterator;

/** Gives every render kit a {@link ValidHtmlResponseWriter}, so pages and Ajax updates alike are valid HTML. */
public final class ValidHtmlRenderKitFactory extends RenderKitFactory {

    public ValidHtmlRenderKitFactory(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit renderKit = getWrapped().getRenderKit(context, renderKitId);
        return renderKit == null ? null : new RenderKitWrapper(renderKit) {
            @Override
            public ResponseWriter createResponseWriter(Writer writer, String contentTypeList, String characterEncoding) {
                return new ValidHtmlResponseWriter(getWrapped().createResponseWriter(writer, contentTypeList, characterEncoding));
            }
        };
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }
}
