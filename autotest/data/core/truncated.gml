<?xml version="1.0" encoding="UTF-8"?>
<PlanCorpsRueSimplifie xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns="http://cnig.gouv.fr/pcrs" gml:id="gml_669549a0-07c2-4d73-a2b7-a814f7d95682" version="2.0" xsi:schemaLocation="http://cnig.gouv.fr/pcrs ../CNIG_PCRS_v2.0.xsd">
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions" xmlns:pcrs="http://cnig.gouv.fr/pcrs">
		<HabillageLignesPCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_a5af2d85-808d-424d-8d73-6c1cbf65e041">
			<idHabillage>idh_d99b79c3-54ad-4f73-81e3-53260e0ecd87</idHabillage>
			<thematique>03</thematique>
			<geometrie>
				<gml:MultiCurve gml:id="gml_a5af2d85-808d-424d-8d73-6c1cbf65e041-0" srsName="EPSG:3946" srsDimension="3">
					<gml:curveMember>
						<gml:Curve gml:id="gml_a5af2d85-808d-424d-8d73-6c1cbf65e041-1">
							<gml:segments>
								<gml:LineStringSegment>
									<gml:posList>1846352.99523347 5181618.04258601 268.57 1846353.21021761 5181622.09879571 268.48 1846341.22702214 5181622.97015308 268.44 1846340.94282031 5181619.42294669 268.43</gml:posList>
								</gml:LineStringSegment>
							</gml:segments>
						</gml:Curve>
					</gml:curveMember>
				</gml:MultiCurve>
			</geometrie>
		</HabillageLignesPCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<ArbrePCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_4c42f611-c08a-4ec7-9ab5-fc0cb1537ca6">
			<dateLeve>2019-12-31</dateLeve>
			<idObjet>ido_167931e8-b283-45ec-aea4-e31d2d20ec26</idObjet>
			<thematique>06</thematique>
			<qualiteCategorisation>01</qualiteCategorisation>
			<precisionPlanimetrique>005</precisionPlanimetrique>
			<precisionAltimetrique>005</precisionAltimetrique>
			<producteur>Immergis</producteur>
			<geometrie>
				<gml:Point gml:id="gml_4c42f611-c08a-4ec7-9ab5-fc0cb1537ca6-0" srsName="EPSG:3946" srsDimension="3">
					<gml:pos>1846354.90796966 5181632.19170514 268.35</gml:pos>
				</gml:Point>
			</geometrie>
			<reference/>
		</ArbrePCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<HabillageLignesPCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_faa0b7e6-9a71-49e0-9d60-06791494f01e">
			<idHabillage>idh_7cd5ffaa-f7c5-4dd4-a5cf-f77b0d49691c</idHabillage>
			<thematique>05</thematique>
			<geometrie>
				<gml:MultiCurve gml:id="gml_faa0b7e6-9a71-49e0-9d60-06791494f01e-0" srsName="EPSG:3946" srsDimension="3">
					<gml:curveMember>
						<gml:Curve gml:id="gml_faa0b7e6-9a71-49e0-9d60-06791494f01e-1">
							<gml:segments>
								<gml:LineStringSegment>
									<gml:posList>1846339.50932425 5181635.39392941 268.18 1846354.53349859 5181634.26242695 268.47 1846360.4918697 5181633.85617438 268.44 1846360.66963096 5181633.93403057 268.45 1846360.84603359 5181634.01491795 268.48 1846360.99796793 5181634.08754698 268.49 1846361.0210259 5181634.0988128 268.48 1846361.19455661 5181634.18569056 268.5 1846361.3665749 5181634.27552576 268.5 1846361.49210362 5181634.34347394 268.52 1846361.53703035 5181634.36829209 268.51 1846361.70587303 5181634.46396237 268.49 1846361.87305348 5181634.56250857 268.49 1846362.0385227 5181634.66390182 268.53 1846362.18068626 5181634.75417122 268.53 1846362.20223223 5181634.7681124 268.53 1846362.36413408 5181634.87510979 268.54 1846362.52418085 5181634.98486265 268.53 1846362.64068768 5181635.06732848 268.54 1846362.68232562 5181635.0973388 268.54 1846362.83852206 5181635.21250531 268.6 1846362.99272443 5181635.33032842 268.6 1846363.08476911 5181635.40267972 268.62 1846363.14488752 5181635.45077362 268.62 1846363.29496677 5181635.57380562 268.62 1846363.4429182 5181635.69938837 268.63 1846363.51186072 5181635.75941707 268.63 1846363.58869847 5181635.82748508 268.63 1846363.73226486 5181635.95805822 268.64 1846363.87357532 5181636.09106954 268.66 1846363.92093361 5181636.1366811 268.66 1846364.01258843 5181636.22648005 268.66 1846364.14926348 5181636.3642501 268.67 1846364.28356041 5181636.50433932 268.67 1846364.34497957 5181636.5879368 268.68 1846364.40493055 5181636.67259336 268.66 1846364.46339508 5181636.75828322 268.63 1846364.50980621 5181636.82867297 268.63 1846364.52035536 5181636.84498027 268.65 1846364.57579404 5181636.93265813 268.64 1846364.62969424 5181637.02129007 268.63 1846364.66262194 5181637.07720682 268.61 1846364.68203954 5181637.11084911 268.61 1846364.73281401 5181637.20130798 268.61 1846364.78200216 5181637.29263913 268.62 1846364.80305862 5181637.33293961 268.62 1846364.82958904 5181637.38481473 268.62 1846364.87556014 5181637.47780673 268.62 1846364.91990147 5181637.57158679 268.62 1846364.95473098 5181637.64836965 268.63 1846364.96259951 5181637.66612636 268.64 1846365.00364127 5181637.76139664 268.64 1846365.04301425 5181637.85736862 268.67 1846365.06679015 5181637.91774753 268.68 1846365.08070645 5181637.95401308 268.69 1846365.1167064 5181638.05130057 268.69 1846365.15100314 5181638.14920148 268.7 1846365.16549659 5181638.19229942 268.7 1846365.18358621 5181638.24768598 268.7 1846365.21444569 5181638.34672408 268.71 1846365.24357219 5181638.44628561 268.71 1846365.25061251 5181638.47136389 268.71 1846365.27095684 5181638.54634027 268.7 1846365.29659129 5181638.64685757 268.71 1846365.32046774 5181638.7478069 268.71 1846365.32193287 5181638.75426866 268.71 1846365.34257892 5181638.84915753 268.72 1846365.36291809 5181638.95087857 268.71 1846365.37928583 5181639.04033218 268.7 1846365.38147907 5181639.05293906 268.7 1846365.39825618 5181639.15530791 268.7 1846365.41324434 5181639.25795395 268.7 1846365.42253324 5181639.3288653 268.7 1846365.42643896 5181639.3608459 268.7 1846365.43783604 5181639.46395245 268.7 1846365.4474321 5181639.56724218 268.7 1846365.45157091 5181639.61917293 268.65 1846365.45522423 5181639.67068364 268.65 1846365.46121004 5181639.77424533 268.65 1846365.46538771 5181639.8778957 268.66 1846365.46632888 5181639.91055567 268.65 1846365.46775597 5181639.98160319 268.65 1846365.46831411 5181640.08533622 268.66 1846365.46706195 5181640.1890632 268.67 1846365.4667716 5181640.20231157 268.67 1846365.46399986 5181640.29275253 268.65 1846365.4591288 5181640.39637263 268.64 1846365.45289801 5181640.49373776 268.64 1846365.45245023 5181640.49989195 268.64 1846365.44396619 5181640.60327896 268.64 1846365.43367927 5181640.70650218 268.64 1846365.42474152 5181640.78413217 268.65 1846365.42159259 5181640.80953016 268.65 1846365.40770985 5181640.91233153 268.65 1846365.39203526 5181641.01487499 268.65 1846365.38236996 5181641.07279521 268.65 1846365.37457361 5181641.1171293 268.65 1846365.3553302 5181641.21906332 268.65 1846365.33431091 5181641.320646 268.65 1846365.32588543 5181641.35903147 268.65 1846365.31152212 5181641.42184642 268.65 1846365.28697079 5181641.52263375 268.65 1846365.26066439 5181641.62297729 268.65 1846365.25542398 5181641.64215139 268.65 1846365.23261092 5181641.72284648 268.56 1846365.20281894 5181641.82221092 268.56 1846365.17129752 5181641.92104033 268.56 1846365.15815407 5181641.9826176 268.56 1846365.14394503 5181642.04395775 268.58 1846365.13132615 5181642.09475159 268.58 1846365.12867467 5181642.10504233 268.58 1846365.11234758 5181642.16585299 268.57 1846365.09496868 5181642.22637146 268.55 1846365.08287933 5181642.2662923 268.55 1846365.07654318 5181642.28657952 268.55 1846365.05707662 5181642.3464591 268.55 1846365.03657486 5181642.40599218 268.55 1846365.02607375 5181642.43524921 268.55 1846365.01504405 5181642.46516088 268.55 1846364.99249068 5181642.52394741 268.55 1846364.96892151 5181642.58233409 268.55 1846364.96104628 5181642.60121529 268.55 1846364.94434363 5181642.64030338 268.64 1846364.91876444 5181642.69783785 268.64 1846364.89219162 5181642.75492021 268.64 1846364.88795357 5181642.76379071 268.64 1846364.86463316 5181642.8115333 268.63 1846364.83609733 5181642.86766009 268.63 1846364.8069717 5181642.92258381 268.63 1846364.80659273 5181642.92328373 268.63 1846364.77612822 5181642.97838748 268.63 1846364.74471295 5181643.03295479 268.6 1846364.71788275 5181643.07789279 268.63 1846364.71235637 5181643.08696926 268.63 1846364.67906821 5181643.14041464 268.63 1846364.64485847 5181643.19327487 268.58 1846364.60973743 5181643.24553406 268.57 1846364.57371565 5181643.29717651 268.57 1846364.54309536 5181643.3396229 268.57 1846364.53680397 5181643.34818668 268.57 1846364.49901347 5181643.39854925 268.57 1846364.46035551 5181643.44824908 268.56</gml:posList>
								</gml:LineStringSegment>
							</gml:segments>
						</gml:Curve>
					</gml:curveMember>
				</gml:MultiCurve>
			</geometrie>
		</HabillageLignesPCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<FacadePCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_655bc01b-bd33-4d05-a475-1d186713871c">
			<dateLeve>2019-12-31</dateLeve>
			<idObjet>ido_9587efda-1b94-4dfb-a881-360a13147f50</idObjet>
			<thematique>02</thematique>
			<qualiteCategorisation>01</qualiteCategorisation>
			<precisionPlanimetrique>005</precisionPlanimetrique>
			<precisionAltimetrique>005</precisionAltimetrique>
			<producteur>Immergis</producteur>
			<geometrie>
				<gml:Curve gml:id="gml_655bc01b-bd33-4d05-a475-1d186713871c-0" srsName="EPSG:3946" srsDimension="3">
					<gml:segments>
						<gml:LineStringSegment>
							<gml:posList>1846363.05393497 5181656.91875921 268.46 1846367.44330267 5181652.37075936 268.64 1846370.49019699 5181655.30480574 268.67</gml:posList>
						</gml:LineStringSegment>
					</gml:segments>
				</gml:Curve>
			</geometrie>
		</FacadePCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<FacadePCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_8bc16f6c-2809-4e1d-9a02-b471ab640a53">
			<dateLeve>2019-12-31</dateLeve>
			<idObjet>ido_d7c4883c-63b6-40e0-92c1-5e748464b2ad</idObjet>
			<thematique>02</thematique>
			<qualiteCategorisation>01</qualiteCategorisation>
			<precisionPlanimetrique>005</precisionPlanimetrique>
			<precisionAltimetrique>005</precisionAltimetrique>
			<producteur>Immergis</producteur>
			<geometrie>
				<gml:Curve gml:id="gml_8bc16f6c-2809-4e1d-9a02-b471ab640a53-0" srsName="EPSG:3946" srsDimension="3">
					<gml:segments>
						<gml:LineStringSegment>
							<gml:posList>1846360.85480536 5181662.7274407 268.54 1846361.02470342 5181662.54864198 268.54</gml:posList>
						</gml:LineStringSegment>
					</gml:segments>
				</gml:Curve>
			</geometrie>
		</FacadePCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<SeuilPCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_1ea9c696-dbe7-45dc-a76f-533f685e92f4">
			<dateLeve>2019-12-31</dateLeve>
			<idObjet>ido_798462a0-4e13-4abe-af03-806d5a298274</idObjet>
			<thematique>02</thematique>
			<qualiteCategorisation>01</qualiteCategorisation>
			<precisionPlanimetrique>005</precisionPlanimetrique>
			<precisionAltimetrique>005</precisionAltimetrique>
			<producteur>Immergis</producteur>
			<geometrie>
				<gml:Curve gml:id="gml_1ea9c696-dbe7-45dc-a76f-533f685e92f4-0" srsName="EPSG:3946" srsDimension="3">
					<gml:segments>
						<gml:LineStringSegment>
							<gml:posList>1846359.10965502 5181661.07688729 268.45 1846358.42466282 5181660.44770101 268.42</gml:posList>
						</gml:LineStringSegment>
					</gml:segments>
				</gml:Curve>
			</geometrie>
		</SeuilPCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<SeuilPCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_34dae1a3-5430-4e88-be4a-3536d5cf29c0">
			<dateLeve>2019-12-31</dateLeve>
			<idObjet>ido_c9c3b2cb-f6cd-4756-ac3a-df271f49c3c6</idObjet>
			<thematique>02</thematique>
			<qualiteCategorisation>01</qualiteCategorisation>
			<precisionPlanimetrique>005</precisionPlanimetrique>
			<precisionAltimetrique>005</precisionAltimetrique>
			<producteur>Immergis</producteur>
			<geometrie>
				<gml:Curve gml:id="gml_34dae1a3-5430-4e88-be4a-3536d5cf29c0-0" srsName="EPSG:3946" srsDimension="3">
					<gml:segments>
						<gml:LineStringSegment>
							<gml:posList>1846347.99641799 5181652.73727044 268.48 1846347.9216783 5181651.75029961 268.54</gml:posList>
						</gml:LineStringSegment>
					</gml:segments>
				</gml:Curve>
			</geometrie>
		</SeuilPCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<FacadePCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_561da028-5433-4612-aac6-44df42ef01a9">
			<dateLeve>2019-12-31</dateLeve>
			<idObjet>ido_0c0fa065-f7b3-417b-a46d-263799ce9fff</idObjet>
			<thematique>02</thematique>
			<qualiteCategorisation>01</qualiteCategorisation>
			<precisionPlanimetrique>005</precisionPlanimetrique>
			<precisionAltimetrique>005</precisionAltimetrique>
			<producteur>Immergis</producteur>
			<geometrie>
				<gml:Curve gml:id="gml_561da028-5433-4612-aac6-44df42ef01a9-0" srsName="EPSG:3946" srsDimension="3">
					<gml:segments>
						<gml:LineStringSegment>
							<gml:posList>1846359.10965502 5181661.07688729 268.45 1846360.3782211 5181662.27668997 268.5</gml:posList>
						</gml:LineStringSegment>
					</gml:segments>
				</gml:Curve>
			</geometrie>
		</FacadePCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<HabillageLignesPCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_0c4bc70e-ba90-47f2-bd7b-a432a2cadf02">
			<idHabillage>idh_a36dcbc6-445f-49d8-aa11-59103e80d897</idHabillage>
			<thematique>03</thematique>
			<geometrie>
				<gml:MultiCurve gml:id="gml_0c4bc70e-ba90-47f2-bd7b-a432a2cadf02-0" srsName="EPSG:3946" srsDimension="3">
					<gml:curveMember>
						<gml:Curve gml:id="gml_0c4bc70e-ba90-47f2-bd7b-a432a2cadf02-1">
							<gml:segments>
								<gml:LineStringSegment>
									<gml:posList>1846374.6603456 5181632.21797027 268.52 1846375.91410617 5181632.1164883 268.59 1846376.6110735 5181632.05590458 268.62 1846377.66339745 5181631.9759748 268.65 1846378.72233978 5181631.89655412 268.67 1846379.95081471 5181631.78505971 268.69 1846380.87891658 5181631.67458352 268.67 1846381.81363683 5181631.56868928 268.67 1846383.34503036 5181631.41392079 268.69 1846385.03119238 5181631.25100658 268.71 1846386.81103008 5181631.12882093 268.7 1846388.1795094 5181630.97608886 268.72 1846389.00222614 5181630.90685032 268.71 1846389.5481598 5181630.87499213 268.72</gml:posList>
								</gml:LineStringSegment>
							</gml:segments>
						</gml:Curve>
					</gml:curveMember>
				</gml:MultiCurve>
			</geometrie>
		</HabillageLignesPCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<FacadePCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_088bff85-ddb8-42a0-9219-d9825ca67d78">
			<dateLeve>2019-12-31</dateLeve>
			<idObjet>ido_081dd9e8-f4b0-4c9f-aa9b-5eeb5d03662d</idObjet>
			<thematique>02</thematique>
			<qualiteCategorisation>01</qualiteCategorisation>
			<precisionPlanimetrique>005</precisionPlanimetrique>
			<precisionAltimetrique>005</precisionAltimetrique>
			<producteur>Immergis</producteur>
			<geometrie>
				<gml:Curve gml:id="gml_088bff85-ddb8-42a0-9219-d9825ca67d78-0" srsName="EPSG:3946" srsDimension="3">
					<gml:segments>
						<gml:LineStringSegment>
							<gml:posList>1846347.8087019 5181649.88058153 268.58 1846347.9216783 5181651.75029961 268.54</gml:posList>
						</gml:LineStringSegment>
					</gml:segments>
				</gml:Curve>
			</geometrie>
		</FacadePCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<FacadePCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_3ab6f5f2-ce4b-44cc-8829-b8307a8001f8">
			<dateLeve>2019-12-31</dateLeve>
			<idObjet>ido_90082d31-d3c7-418a-b3ed-0fd3f1e33d5c</idObjet>
			<thematique>02</thematique>
			<qualiteCategorisation>01</qualiteCategorisation>
			<precisionPlanimetrique>005</precisionPlanimetrique>
			<precisionAltimetrique>005</precisionAltimetrique>
			<producteur>Immergis</producteur>
			<geometrie>
				<gml:Curve gml:id="gml_3ab6f5f2-ce4b-44cc-8829-b8307a8001f8-0" srsName="EPSG:3946" srsDimension="3">
					<gml:segments>
						<gml:LineStringSegment>
							<gml:posList>1846347.8087019 5181649.88058153 268.58 1846347.79365551 5181649.32386504 268.6 1846347.3747514 5181649.33546687 268.6</gml:posList>
						</gml:LineStringSegment>
					</gml:segments>
				</gml:Curve>
			</geometrie>
		</FacadePCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<HabillageLignesPCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_aba2593a-94d1-4c95-995d-e5394f33517b">
			<idHabillage>idh_20c3107c-c1ad-4674-bb2